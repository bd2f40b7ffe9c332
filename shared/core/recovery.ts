// The recovery key (恢复密钥): the install's master secret written for a person, shown to an
// administrator until they say it is kept (printed or written down, away from the computer).
export interface RecoveryStatus {
  /** True until an administrator has confirmed keeping the recovery key. */
  pending: boolean;
}

export interface RecoveryKeyShown {
  /** 11 groups of 5 characters, e.g. 2RXJA-GYV4B-…; opens the data on another machine. */
  recoveryKey: string;
}
