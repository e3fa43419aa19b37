package id.sistemkerja.org.api;

import java.util.regex.Pattern;

/**
 * Ids of structure records, composed from short codes so they are readable and unique per agency:
 * department {@code <agency>.<code>}, unit {@code <department>.<code>}, position {@code <unit>:<code>}
 * (e.g. {@code kota-bandung.dinkes.yankes:kabid}). A position id names the unit whose job map lists it.
 */
public final class OrgIds {

    /** A code: lower-case letters, digits and dashes. */
    public static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]{0,62}";
    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    private OrgIds() {
    }

    public static String department(String agencyId, String code) {
        return agencyId + "." + code;
    }

    public static String unit(String departmentId, String code) {
        return departmentId + "." + code;
    }

    public static String position(String unitId, String code) {
        return unitId + ":" + code;
    }

    /** The unit (or department) whose job map lists the position, or null when the id is not a position id. */
    public static String unitOfPosition(String positionId) {
        int colon = positionId == null ? -1 : positionId.lastIndexOf(':');
        if (colon <= 0 || !CODE.matcher(positionId.substring(colon + 1)).matches()) {
            return null;
        }
        return positionId.substring(0, colon);
    }

    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
