export function CreateFunctionPage() {
  return null;
}
