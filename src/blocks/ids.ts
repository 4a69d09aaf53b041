/**
 * Every Slack id the app uses: the builders that render blocks and the listeners that receive them
 * import the same constants, so a renamed id cannot break one side silently.
 */
export const COMMAND = { complaint: '/complaint' } as const;

export const CALLBACK = {
  complaintForm: 'complaint_form',
  outcomeForm: 'outcome_form',
  temperamentForm: 'temperament_form',
  compensationForm: 'compensation_form',
} as const;

/**
 * Block ids of the complaint modal. They equal the Complaint schema's field names, so zod's field
 * errors map straight onto `response_action: 'errors'`.
 */
export const COMPLAINT_BLOCK = {
  narrative: 'narrative',
  customerWords: 'customerWords',
  behaviour: 'behaviour',
  customerAsk: 'customerAsk',
  product: 'product',
  category: 'category',
  price: 'price',
  purchasedAt: 'purchasedAt',
  receipt: 'hasReceipt',
  specialPrice: 'specialPrice',
  suspectedCause: 'suspectedCause',
  store: 'store',
  language: 'language',
} as const;

/** The single action id inside each modal input block. */
export const INPUT_ACTION = 'value' as const;

export const OUTCOME_BLOCK = {
  outcome: 'outcome',
  satisfaction: 'satisfaction',
  improvement: 'improvement',
} as const;

export const TEMPERAMENT_BLOCK = { temperament: 'temperament' } as const;

export const COMPENSATION_BLOCK = { remedy: 'remedyId', amount: 'amount', reason: 'reason' } as const;

export const ACTION = {
  correctTemperament: 'case_correct_temperament',
  recordOutcome: 'case_record_outcome',
  requestCompensation: 'case_request_compensation',
} as const;
