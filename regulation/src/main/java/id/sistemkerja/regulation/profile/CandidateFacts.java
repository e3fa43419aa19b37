package id.sistemkerja.regulation.profile;

import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.contracts.vocabulary.Rank;

/**
 * What a profile needs to know about a candidate for team lead (TEAM-05, TEAM-03) or coordinator (TEAM-06). Unknown
 * facts are null (or false) and fail the criteria that need them, naming the missing fact.
 *
 * @param positionKind                kind of the candidate's position
 * @param jobClass                    kelas jabatan (Pelaksana)
 * @param functionalLevel             jenjang (Jabatan Fungsional)
 * @param education                   highest education
 * @param rank                        golongan ruang; null for PPPK
 * @param competentInField            competence matching the field of the work
 * @param lastYearPredikat            predikat kinerja of the last year
 * @param experienceInField           experience in positions of the field concerned
 * @param experienceEquivalentTo      the structural position kind the candidate's work experience is equivalent to
 *                                    (e.g. {@code PENGAWAS}), if any
 * @param convertedFromAdministrative a JF hasil penyetaraan (converted from an administrative post)
 */
public record CandidateFacts(PositionKind positionKind,
                             Integer jobClass,
                             FunctionalLevel functionalLevel,
                             Education education,
                             Rank rank,
                             boolean competentInField,
                             Predikat lastYearPredikat,
                             boolean experienceInField,
                             PositionKind experienceEquivalentTo,
                             boolean convertedFromAdministrative) {

    public static Builder builder(PositionKind positionKind) {
        return new Builder(positionKind);
    }

    /** Builds candidate facts step by step; unset facts stay unknown. */
    public static final class Builder {
        private final PositionKind positionKind;
        private Integer jobClass;
        private FunctionalLevel functionalLevel;
        private Education education;
        private Rank rank;
        private boolean competentInField;
        private Predikat lastYearPredikat;
        private boolean experienceInField;
        private PositionKind experienceEquivalentTo;
        private boolean convertedFromAdministrative;

        private Builder(PositionKind positionKind) {
            this.positionKind = positionKind;
        }

        public Builder jobClass(Integer jobClass) {
            this.jobClass = jobClass;
            return this;
        }

        public Builder functionalLevel(FunctionalLevel functionalLevel) {
            this.functionalLevel = functionalLevel;
            return this;
        }

        public Builder education(Education education) {
            this.education = education;
            return this;
        }

        public Builder rank(Rank rank) {
            this.rank = rank;
            return this;
        }

        public Builder competentInField(boolean competentInField) {
            this.competentInField = competentInField;
            return this;
        }

        public Builder lastYearPredikat(Predikat lastYearPredikat) {
            this.lastYearPredikat = lastYearPredikat;
            return this;
        }

        public Builder experienceInField(boolean experienceInField) {
            this.experienceInField = experienceInField;
            return this;
        }

        public Builder experienceEquivalentTo(PositionKind experienceEquivalentTo) {
            this.experienceEquivalentTo = experienceEquivalentTo;
            return this;
        }

        public Builder convertedFromAdministrative(boolean convertedFromAdministrative) {
            this.convertedFromAdministrative = convertedFromAdministrative;
            return this;
        }

        public CandidateFacts build() {
            return new CandidateFacts(positionKind, jobClass, functionalLevel, education, rank, competentInField,
                    lastYearPredikat, experienceInField, experienceEquivalentTo, convertedFromAdministrative);
        }
    }
}
