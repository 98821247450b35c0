package nl.kantel.zaak;

/**
 * One case linked to a hoofdzaak, as {@code GET /api/zaken/{zaaknummer}/gekoppeld} shows
 * it. These four fields are all the list may ever hold: it is shown to teams that may not
 * open the linked case itself (see {@link GekoppeldeZaken}).
 *
 * @param zaaknummer the linked case's zaaknummer (its business key)
 * @param proces the key of its process, such as {@code verwijzing} or {@code bezwaar}
 * @param status where it stands
 * @param resultaat its {@code resultaat}, or null while it has none
 */
record GekoppeldeZaak(String zaaknummer, String proces, ZaakStatus status, String resultaat) {
}
