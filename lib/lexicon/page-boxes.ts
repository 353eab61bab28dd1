/**
 * Words of the boxes that sit inside an article region without being article: the headings of
 * link boxes and the small labels of page controls. German and English, written for this project
 * from the saved news pages the collector is measured on. Matched against an element's whole
 * text, case-insensitively, with trailing punctuation ignored.
 */

/** Headings of "more on this" link boxes: the box under such a heading lists other articles. */
export const RELATED_HEADINGS =
  /^(mehr zum thema|mehr zu diesem thema|zum thema|lesen sie auch|lesen sie mehr|auch interessant|das könnte sie auch interessieren|das könnte sie interessieren|weitere artikel|verwandte artikel|weiterführende artikel|related|related articles|related stories|related coverage|read more|read more on this|more on this story|more on this topic|more on this|you may also like|recommended|recommended stories|most read|most popular|meistgelesen)$/i;

/**
 * Labels of page controls and ad slots: never prose, and on their own line they only add noise
 * to the text (`Anzeige`, `Artikel anhören`, `Image`, `Lesezeit: 3 Min.`).
 */
export const UI_LABELS =
  /^(anzeige|werbung|advertisement|advertising|ad|sponsored|artikel anhören|anhören|vorlesen|listen|listen to this article|listen to article|teilen|share|share this article|drucken|print|merken|save|kommentare|kommentieren|comments|bild vergrößern|vergrößern|enlarge this image|toggle caption|hide caption|image|bild|foto|photo|video|audio|schließen|close|weiterlesen|continue reading|zur startseite|(lesezeit:? ?)?\d+ ?min(\.|uten)?( lesezeit| read)?)$/i;

/** Trailing punctuation and spaces a label may carry (`Anzeige:`, `Teilen ›`). */
export const LABEL_TRIM = /[\s:·|›»>…]+$/;
