/** The titles of a comparison, from its codes and reason phrases (pure: used by pages and by the build's card renderer). */

/** "401 Unauthorized vs 403 Forbidden". */
export function comparisonTitle(sides: readonly { code: number; reason: string }[]): string {
  return sides.map((side) => `${side.code} ${side.reason}`).join(' vs ');
}
