import type { ErasureReason } from '../../domain/case.ts';
import type { Localized } from '../../shared/language.ts';

/**
 * What the review post and its thread say once a case's customer data was erased (issue 15), in Chinese and
 * English.
 */
export const ERASURE_TEXT: Record<ErasureReason, Localized> = {
  retention: {
    zh: '🔒 依据数据保留政策,顾客的原话、联系方式和身份信息已删除(结案已超过保留期限)。',
    en: "🔒 The customer's words, contacts and reference were erased under the retention policy (closed longer than the retention period).",
  },
  request: {
    zh: '🔒 应顾客要求,其原话、联系方式和身份信息已删除;案例的事实保留。',
    en: "🔒 The customer's words, contacts and reference were erased at their request; the case's facts are kept.",
  },
};
