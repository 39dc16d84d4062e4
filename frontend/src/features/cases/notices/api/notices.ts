import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { NoticeBoard, NoticeEntry } from '../types';

export const noticeKeys = {
  all: ['notices'] as const,
  board: (villageCode: string) => ['notices', 'board', villageCode] as const,
  entry: (id: string) => ['notices', 'entry', id] as const,
};

export const fetchNoticeBoard = (villageCode: string, signal?: AbortSignal) =>
  api.get<NoticeBoard>(`/api/notices?${new URLSearchParams({ villageCode }).toString()}`, signal);

export const fetchNotice = (id: string, signal?: AbortSignal) =>
  api.get<NoticeEntry>(`/api/notices/${encodeURIComponent(id)}`, signal);

export function useNoticeBoard(villageCode: string | undefined) {
  return useQuery({
    queryKey: noticeKeys.board(villageCode ?? ''),
    queryFn: ({ signal }) => fetchNoticeBoard(villageCode ?? '', signal),
    enabled: !!villageCode,
    placeholderData: keepPreviousData,
  });
}

export function useNotice(id: string) {
  return useQuery({
    queryKey: noticeKeys.entry(id),
    queryFn: ({ signal }) => fetchNotice(id, signal),
    enabled: /^\d+$/.test(id),
  });
}
