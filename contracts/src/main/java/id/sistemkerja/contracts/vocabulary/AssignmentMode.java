package id.sistemkerja.contracts.vocabulary;

/** How an assignment came about (ASG-01): penunjukan or pengajuan sukarela. */
public enum AssignmentMode { PENUNJUKAN, PENGAJUAN_SUKARELA }
