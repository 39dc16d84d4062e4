/**
 * Query keys of the engine's tasks. Shared because every feature with task screens invalidates
 * them after completing a task (features/tasks owns the queries themselves).
 */
export const taskKeys = {
  all: ['tasks'] as const,
  lists: ['tasks', 'list'] as const,
  list: (query: object) => ['tasks', 'list', query] as const,
  /** The steps among the user's tasks (the inbox's type filter); under `lists`, so a completion refreshes them. */
  types: (scope: string, q: string) => ['tasks', 'list', 'types', scope, q] as const,
  detail: (id: string) => ['tasks', 'detail', id] as const,
  diagram: (id: string) => ['tasks', 'diagram', id] as const,
};
