/**
 * The alias form and its weights editor: the two weights always add up to 100 (slider or exact numbers), invalid
 * names and additional versions are explained, and the request body carries the seed's fields (7.7.1).
 */
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { AliasRequest } from '../api/types';
import { AliasForm } from './alias-form';

type Props = Parameters<typeof AliasForm>[0];

function setup(existing?: Props['existing'], aliases?: Props['aliases']) {
  const onSubmit = vi.fn<(body: AliasRequest) => void>();
  const view = renderWithProviders(
    <AliasForm
      versions={['latest', 'v1', 'v2', 'v3']}
      aliases={aliases}
      existing={existing}
      pending={false}
      onSubmit={onSubmit}
      onCancel={() => undefined}
    />,
  );
  return { ...view, onSubmit };
}

const input = (label: string) => screen.getByLabelText(label);

async function setNumber(user: ReturnType<typeof setup>['user'], label: string, value: string) {
  await user.clear(input(label));
  await user.type(input(label), value);
}

describe('alias weights editor', () => {
  it('keeps the main and additional weights at 100 together, from either number or the slider', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('radio', { name: 'Percentage' }));
    await user.selectOptions(input('Additional Version'), 'v2');
    expect(input('Weight (%) of v2')).toHaveValue('10');
    expect(input('Weight (%) of v1')).toHaveValue('90');

    await setNumber(user, 'Weight (%) of v2', '20');
    expect(input('Weight (%) of v1')).toHaveValue('80');
    expect(screen.getByText('v1: 80% · v2: 20%')).toBeInTheDocument();

    await setNumber(user, 'Weight (%) of v1', '35');
    expect(input('Weight (%) of v2')).toHaveValue('65');

    const slider = screen.getByRole('slider', { name: 'Weight of the additional version' });
    expect(slider).toHaveAttribute('aria-valuenow', '65');
    slider.focus();
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(input('Weight (%) of v2')).toHaveValue('66');
    expect(input('Weight (%) of v1')).toHaveValue('34');
    fireEvent.keyDown(slider, { key: 'End' });
    expect(screen.getByText('v1: 0% · v2: 100%')).toBeInTheDocument();
  });

  it('sends additional_version_weights with the exact number', async () => {
    const { user, onSubmit } = setup();
    await user.type(screen.getByLabelText(/^Alias/), 'canary');
    await user.click(screen.getByRole('radio', { name: 'Percentage' }));
    await user.selectOptions(input('Additional Version'), 'v3');
    await setNumber(user, 'Weight (%) of v3', '20');
    await user.click(screen.getByRole('button', { name: 'Create Alias' }));
    expect(onSubmit).toHaveBeenCalledWith({
      name: 'canary',
      version: 'v1',
      description: '',
      additional_version_weights: { v3: 20 },
      additional_version_strategy: {},
    });
  });
});

describe('alias form', () => {
  it('explains a bad name and an additional version equal to the main one, and sends nothing', async () => {
    const { user, onSubmit } = setup();
    await user.type(screen.getByLabelText(/^Alias/), '9lives');
    await user.click(screen.getByRole('radio', { name: 'Percentage' }));
    await user.selectOptions(input('Additional Version'), '');
    await user.click(screen.getByRole('button', { name: 'Create Alias' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText(/Starts with a letter/)).toBeInTheDocument();
    expect(screen.getByText(/Pick an additional version different from the main one/)).toBeInTheDocument();
  });

  it('edits header rules (additional_version_strategy) and keeps the name', async () => {
    const { user, onSubmit } = setup({
      name: 'prod',
      version: 'v2',
      additional_version_weights: { v3: 50 },
    });
    expect(input('Weight (%) of v3')).toHaveValue('50');
    await user.click(screen.getByRole('radio', { name: 'Rule' }));
    await user.click(screen.getByRole('radio', { name: 'Any rule met' }));
    await user.click(screen.getByRole('button', { name: 'Add rule' }));
    const headers = screen.getAllByLabelText('Header');
    const values = screen.getAllByLabelText('Value');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Letters, digits, _ or -')).toBeInTheDocument();
    await user.type(headers[1] as HTMLElement, 'x-user');
    await user.selectOptions(screen.getAllByLabelText('Condition')[1] as HTMLElement, 'in');
    await user.type(values[1] as HTMLElement, 'alice,bob');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith({
      version: 'v2',
      description: '',
      additional_version_weights: {},
      additional_version_strategy: {
        v3: {
          combine_type: 'or',
          rules: [
            { rule_type: 'Header', param: 'x-canary', op: '=', value: 'true' },
            { rule_type: 'Header', param: 'x-user', op: 'in', value: 'alice,bob' },
          ],
        },
      },
    });
  });
});

describe('one alias per version (FSS.1066)', () => {
  const aliases = [
    { name: 'prod', version: 'v1' },
    { name: 'beta', version: 'v2' },
  ];

  it('offers the versions no other alias has, and says which alias has the others', async () => {
    const { user, onSubmit } = setup(undefined, aliases);
    const version = input('Version');
    expect(version).toHaveValue('v3'); // the first published version that is free
    expect(screen.getByRole('option', { name: 'v1 (alias prod)' })).toBeDisabled();
    expect(screen.getByRole('option', { name: 'v2 (alias beta)' })).toBeDisabled();
    expect(screen.getByRole('option', { name: 'latest' })).toBeEnabled();
    await user.type(screen.getByLabelText(/^Alias/), 'canary');
    await user.click(screen.getByRole('button', { name: 'Create Alias' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ name: 'canary', version: 'v3' }));
  });

  it('keeps the edited alias its own version', async () => {
    const { user, onSubmit } = setup({ name: 'prod', version: 'v1' }, aliases);
    expect(input('Version')).toHaveValue('v1');
    expect(screen.getByRole('option', { name: 'v1' })).toBeEnabled();
    expect(screen.getByRole('option', { name: 'v2 (alias beta)' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ version: 'v1' }));
  });

  it('explains, and does not send, a version that every choice has taken', async () => {
    const { user, onSubmit } = setup(undefined, [
      { name: 'a', version: 'latest' },
      { name: 'b', version: 'v1' },
      { name: 'c', version: 'v2' },
      { name: 'd', version: 'v3' },
    ]);
    await user.type(screen.getByLabelText(/^Alias/), 'late');
    await user.click(screen.getByRole('button', { name: 'Create Alias' }));
    expect(
      screen.getByText('Version v1 already has an alias (b): a version can have one alias'),
    ).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
