package id.sistemkerja.regulation.profile;

/**
 * Where a profile that gives a JF hasil penyetaraan priority as team lead (TEAM-03) judges whether "there is none"
 * (BKS23 Pasal 9(5), lampiran C.3 huruf e).
 */
public enum LeadPriorityPool {
    /** The team's personnel: the members the decree names and the members in force on the appointment date. */
    TEAM_PERSONNEL,
    /** Everyone placed (kedudukan) in the owning unit on the appointment date. */
    OWNING_UNIT
}
