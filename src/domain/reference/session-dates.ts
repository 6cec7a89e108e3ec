/**
 * The date each conference session signed its Final Acts, where it is known: the date of the resolutions it adopted,
 * and the date in their Akoma Ntoso IRIs. Keyed by event key (`ITU-PP-2018`); a session not listed is dated by its
 * year alone.
 */
export const SESSION_DATES: Readonly<Record<string, string>> = {
  // Final Acts of the Plenipotentiary Conference (Dubai, 2018), as their AKN4UN edition dates them.
  'ITU-PP-2018': '2018-11-15',
};
