import { useApp } from '../state/app-context';

export function AcrossYearsView() {
  const { t } = useApp();
  return <div className="empty-state">{t('noChart')}</div>;
}
