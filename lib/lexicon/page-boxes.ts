/**
 * Words of the boxes that sit inside an article region without being article: the headings of
 * link boxes and the small labels of page controls. German and English, written for this project
 * from the saved news pages the collector is measured on. Matched against an element's whole
 * text, case-insensitively, with trailing punctuation ignored.
 */

/** Headings of "more on this" link boxes: the box under such a heading lists other articles. */
export const RELATED_HEADINGS =
  /^(mehr zu(m| diesem) thema|zum thema|lesen sie (auch|mehr)|auch interessant|das könnte sie (auch )?interessieren|(weitere|verwandte|weiterführende) artikel|meistgelesen|related( articles| stories| coverage)?|read more( on this)?|more on this( story| topic)?|you may also like|recommended( stories)?|most (read|popular))$/i;

/**
 * Labels of page controls and ad slots: never prose, and on their own line they only add noise
 * to the text (`Anzeige`, `Artikel anhören`, `Image`, a screen-reader `Image caption`, `Lesezeit: 3 Min.`).
 */
export const UI_LABELS =
  /^(anzeige|werbung|advertis(ement|ing)|ad|sponsored|(artikel )?anhören|vorlesen|listen( to (this )?article)?|teilen|share( this article)?|drucken|print|merken|save|kommentare|kommentieren|comments|(bild )?vergrößern|enlarge this image|(toggle|hide) caption|(image|photo) caption|bildunterschrift|image|bild|foto|photo|video|audio|schließen|close|weiterlesen|continue reading|zur startseite|(lesezeit:? ?)?\d+ ?min(\.|uten)?( lesezeit| read)?)$/i;

/** Trailing punctuation and spaces a label may carry (`Anzeige:`, `Teilen ›`). */
export const LABEL_TRIM = /[\s:·|›»>…]+$/;
