/**
 * Every Slack id the app uses: the builders that render blocks and the listeners that receive them
 * import the same constants, so a renamed id cannot break one side silently.
 */
export const COMMAND = { complaint: '/complaint' } as const;

/** The shortcuts manifest.yml declares: "File as a complaint" on a message, and the global one. */
export const SHORTCUT = { fileMessage: 'file_message_as_complaint', fileComplaint: 'file_complaint' } as const;

export const CALLBACK = {
  complaintForm: 'complaint_form',
  outcomeForm: 'outcome_form',
  temperamentForm: 'temperament_form',
  compensationForm: 'compensation_form',
  approveForm: 'approval_approve_form',
  adjustForm: 'approval_adjust_form',
  rejectForm: 'approval_reject_form',
  historyView: 'case_history_view',
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
  channel: 'channel',
  product: 'product',
  category: 'category',
  price: 'price',
  purchasedAt: 'purchasedAt',
  receipt: 'hasReceipt',
  /** Photos and receipts (issue 15): a file_input, kept as Slack's file ids and permalinks. */
  files: 'files',
  specialPrice: 'specialPrice',
  suspectedCause: 'suspectedCause',
  store: 'store',
  language: 'language',
  /** The customer's phone or member number, fingerprinted on submission (issue 15); only with CUSTOMER_KEY. */
  customerId: 'customerId',
} as const;

/** The single action id inside each modal input block. */
export const INPUT_ACTION = 'value' as const;

export const OUTCOME_BLOCK = {
  outcome: 'outcome',
  satisfaction: 'satisfaction',
  improvement: 'improvement',
  /** Whether the customer accepted the resolution (issue 15): `accepted` or `declined`. */
  accepted: 'accepted',
} as const;

export const TEMPERAMENT_BLOCK = { temperament: 'temperament' } as const;

export const COMPENSATION_BLOCK = { remedy: 'remedyId', amount: 'amount', reason: 'reason' } as const;

export const ACTION = {
  correctTemperament: 'case_correct_temperament',
  recordOutcome: 'case_record_outcome',
  requestCompensation: 'case_request_compensation',
  showHistory: 'case_show_history',
  approve: 'approval_approve',
  adjust: 'approval_adjust',
  reject: 'approval_reject',
  withdrawRequest: 'approval_withdraw',
} as const;

/** Block ids of the decision forms (approve, adjust, reject); equal to the parsed fields' names. */
export const DECISION_BLOCK = { remedy: 'remedyId', amount: 'amount', reason: 'reason' } as const;

/** Follow-up calls and repairs (aftercare): the owner's reminders, App Home and their forms. */
export const AFTERCARE_ACTION = {
  recordFollowUp: 'aftercare_record_follow_up',
  promiseRepair: 'aftercare_promise_repair',
  repairReady: 'aftercare_repair_ready',
  repairCollected: 'aftercare_repair_collected',
} as const;

export const AFTERCARE_CALLBACK = {
  followUpForm: 'aftercare_follow_up_form',
  repairForm: 'aftercare_repair_form',
  repairReadyForm: 'aftercare_repair_ready_form',
} as const;

/** Block ids of the aftercare forms; equal to the parsed fields' names. */
export const FOLLOW_UP_BLOCK = { result: 'result', satisfaction: 'satisfaction' } as const;
export const REPAIR_BLOCK = { remedy: 'remedyId', promisedFor: 'promisedFor', note: 'note' } as const;
export const REPAIR_READY_BLOCK = { customerToldOn: 'customerToldOn' } as const;

/** Handing a case to a colleague and reopening it when the customer comes back (issue 15). */
export const HANDOFF_ACTION = { handOver: 'case_hand_over', reopen: 'case_reopen' } as const;
export const HANDOFF_CALLBACK = { handoffForm: 'case_handoff_form', reopenForm: 'case_reopen_form' } as const;
export const HANDOFF_BLOCK = { to: 'to', note: 'note' } as const;
export const REOPEN_BLOCK = { reason: 'reason' } as const;
/** The buttons of an escalation DM (issue 15): whoever the case was escalated to takes it over. */
export const ESCALATION_ACTION = { take: 'escalation_take', openCase: 'escalation_open_case' } as const;

/** The words after `/complaint` that ask for the archive instead of the complaint form (zh and en). */
export const ARCHIVE_SUBCOMMAND = { search: ['search', '搜索', '查找'], export: ['export', '导出'] } as const;
/** The words that, alone after `/complaint`, ask what the command can do (zh and en). */
export const HELP_SUBCOMMAND = ['help', '帮助'] as const;
