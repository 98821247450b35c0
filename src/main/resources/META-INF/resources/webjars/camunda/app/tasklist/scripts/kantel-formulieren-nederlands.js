/*
 * Kantel: Camunda Forms (form-js) in Dutch.
 *
 * Why: Tasklist's locale files translate Tasklist, but the form library that draws Camunda
 * Forms has its own fixed English texts: the "Select" placeholder, the date placeholder and
 * the messages of its checks ("Field is required."). This script rewrites exactly those
 * texts wherever a form shows them; it touches nothing else.
 *
 * Loaded through customScripts in scripts/config.js, like kantel-formulieren-opruimen.js.
 */
const TEXTS = [
  [/^Select$/, 'Kies een waarde'],
  [/^No results$/, 'Geen resultaten'],
  [/^All values selected$/, 'Alle waarden gekozen'],
  [/^Field is required\.$/, 'Dit veld is verplicht.'],
  [/^Field must have minimum length of (\d+)\.$/, 'Vul minstens $1 tekens in.'],
  [/^Field must have maximum length of (\d+)\.$/, 'Vul hoogstens $1 tekens in.'],
  [/^Field must have minimum value of (.+)\.$/, 'De waarde moet minstens $1 zijn.'],
  [/^Field must have maximum value of (.+)\.$/, 'De waarde mag hoogstens $1 zijn.'],
  [/^Field must match pattern .*$/, 'De invoer heeft niet de juiste vorm.'],
  [/^Field must be a valid email\.$/, 'Vul een geldig e-mailadres in.'],
  [/^Field must be a valid\s+international phone number\..*$/, 'Vul een geldig telefoonnummer in, bijvoorbeeld +31201234567.'],
  [/^Value is not a number\.$/, 'Vul een getal in.'],
  [/^Date must match pattern yyyy-MM-dd$/, 'De datum moet de vorm jjjj-mm-dd hebben.'],
  [/^Date and time must both be entered\.$/, 'Vul zowel de datum als de tijd in.']
];

// In Dutch Tasklist kantel-formulieren-datum.js puts the date field in dd-mm-jjjj.
const PLACEHOLDERS = { 'Search': 'Zoeken', 'mm/dd/yyyy': 'mm/dd/jjjj' };

function dutch(text) {
  const trimmed = text.trim();
  for (const [english, nederlands] of TEXTS) {
    if (english.test(trimmed)) {
      return trimmed.replace(english, nederlands);
    }
  }
  return null;
}

function translate(root) {
  const forms = root.querySelectorAll ? root.querySelectorAll('.fjs-container') : [];
  for (const form of forms) {
    const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const translated = dutch(node.nodeValue);
      if (translated !== null) {
        node.nodeValue = translated;
      }
    }
    for (const input of form.querySelectorAll('[placeholder]')) {
      const translated = PLACEHOLDERS[input.getAttribute('placeholder')];
      if (translated) {
        input.setAttribute('placeholder', translated);
      }
    }
  }
}

function start() {
  translate(document);
  new MutationObserver(() => translate(document)).observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['placeholder']
  });
}

if (document.body) {
  start();
} else {
  document.addEventListener('DOMContentLoaded', start);
}
