/**
 * Query keys of the engine's tasks. Shared because every feature with task screens invalidates
 * them after completing a task (features/tasks owns the queries themselves).
 */
export const taskKeys = {
  all: ['tasks'] as const,
  lists: ['tasks', 'list'] as const,
  list: (scope: string, page: number, size: number) => ['tasks', 'list', scope, page, size] as const,
  detail: (id: string) => ['tasks', 'detail', id] as const,
  diagram: (id: string) => ['tasks', 'diagram', id] as const,
};
