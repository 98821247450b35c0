package nl.kantel.zaak;

/** Four eyes: the user who assessed a case may not also approve it. */
public final class VierOgen {

	private VierOgen() {
	}

	/**
	 * @param assessor the user who assessed, as recorded on the case
	 * @param approver the user who now approves or claims the approval
	 * @throws RefusedActionException when both are the same user
	 */
	public static void check(String assessor, String approver, String what) {
		if (assessor != null && assessor.equals(approver)) {
			throw new RefusedActionException("U hebt " + what
					+ " zelf beoordeeld. Volgens het vier-ogenprincipe moet een collega dit accorderen.");
		}
	}

}
