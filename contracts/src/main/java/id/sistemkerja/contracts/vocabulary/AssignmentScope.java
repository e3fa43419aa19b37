package id.sistemkerja.contracts.vocabulary;

/** Scope of an assignment or a team (ASG-02): dalam unit, lintas unit, lintas perangkat daerah, lintas instansi. */
public enum AssignmentScope { WITHIN_UNIT, CROSS_UNIT, CROSS_DEPARTMENT, CROSS_AGENCY }
