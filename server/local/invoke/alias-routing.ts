/**
 * Which version serves a call to an alias (seed 7.7.2): header rules of `additional_version_strategy` first
 * (`combine_type` and/or over `Header` rules with `=` or `in`), then `additional_version_weights` by percentage,
 * else the alias's main version.
 */
import type { AliasRow } from '../store/function-schema';
import type { AliasWeights, VersionStrategy } from '../store/function-types';

export function parseWeights(alias: AliasRow): AliasWeights {
  return alias.additional_version_weights
    ? (JSON.parse(alias.additional_version_weights) as AliasWeights)
    : {};
}

export function parseStrategy(alias: AliasRow): Record<string, VersionStrategy> {
  return alias.additional_version_strategy
    ? (JSON.parse(alias.additional_version_strategy) as Record<string, VersionStrategy>)
    : {};
}

function ruleMatches(rule: VersionStrategy['rules'][number], headers: Record<string, string>): boolean {
  if (rule.rule_type.toLowerCase() !== 'header') return false;
  const actual = headers[rule.param.toLowerCase()];
  if (actual === undefined) return false;
  if (rule.op === 'in') return rule.value.split(',').some((v) => v.trim() === actual);
  return actual === rule.value;
}

/**
 * @param headers request headers with lower-case names
 * @param random a number in [0, 1) (injectable for tests)
 */
export function pickAliasVersion(alias: AliasRow, headers: Record<string, string>, random: number): string {
  for (const [version, strategy] of Object.entries(parseStrategy(alias))) {
    const results = strategy.rules.map((rule) => ruleMatches(rule, headers));
    const hit =
      strategy.combine_type === 'or' ? results.some(Boolean) : results.length > 0 && results.every(Boolean);
    if (hit) return version;
  }
  let threshold = random * 100;
  for (const [version, weight] of Object.entries(parseWeights(alias))) {
    if (threshold < weight) return version;
    threshold -= weight;
  }
  return alias.version;
}
