import type { TFunction } from 'i18next';
import type { ImportProblem } from '../../../../shared/domain/import-problems';

/** One row's problems as a phrase in the user's language (生日“明年”不是…；既没有姓名也没有电话). */
export function problemsText(t: TFunction, problems: readonly ImportProblem[]): string {
  return problems.map((problem) => t(`importCsv.problem.${problem.kind}`, { value: problem.value })).join(t('importCsv.problemSeparator'));
}
