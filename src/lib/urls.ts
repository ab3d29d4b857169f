/**
 * Every internal URL is made here, so the site works under any base path
 * (`BASE_PATH=/http-status/` for a project site) without a second thought.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site-relative path such as "codes/200/" turned into a link that honours the base. */
export function sitePath(path = ''): string {
  return base + path.replace(/^\//, '');
}

/** The page of one status code. */
export function codePath(code: number): string {
  return sitePath(`codes/${code}/`);
}

/** The page of one class, e.g. "2xx". */
export function classPath(classId: string): string {
  return sitePath(`codes/${classId}/`);
}
