import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

export interface DashboardItem {
  register: string;
  documentId: string;
  registrationNumber: string;
  subject: string;
  dueAt: string;
  workflowState: string;
  assignee: string | null;
  overdue: boolean;
}

export interface DashboardData {
  scope: { kind: 'all' | 'department' | 'own' | 'none'; label: string };
  horizon: string;
  atRisk: number;
  overdue: number;
  unrouted: number;
  /** Law 393/96-ВР Art. 20: extended appeals whose applicant has not been told by the end of the earlier term. */
  extensionNoticesMissing: number;
  extensionNotices: Array<{ documentId: string; registrationNumber: string; extendedUntil: string; noticeDueAt: string; assignee: string | null }>;
  month: { answered: number; onTime: number; onTimeShare: number | null };
  items: DashboardItem[];
}

/** The homepage figures (GET /admin/reports/dashboard), shared by the three widgets. */
export function useDashboard(): { data: DashboardData | null; error: string | null } {
  const { get } = useFetchClient();
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    get('/admin/reports/dashboard')
      .then((res: any) => alive && setData(res.data.data))
      .catch((e: any) => alive && setError(e?.response?.data?.error?.message ?? e?.message ?? 'Помилка'));
    return () => {
      alive = false;
    };
  }, []);
  return { data, error };
}
