import { AppError } from '../../api/app-error';

/** Placeholder until the workbook reader lands: a workbook is refused like a file without columns. */
export function readXlsxTable(_bytes: Uint8Array): Promise<string[][]> {
  return Promise.reject(AppError.saying('INVALID_INPUT', 'importNoNameOrPhone'));
}
