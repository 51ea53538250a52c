import { useApp } from '../state/app-context';

export function SideBySideView() {
  const { t } = useApp();
  return <div className="empty-state">{t('noChart')}</div>;
}
