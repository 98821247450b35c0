/*
 * Kantel: the date field of Camunda Forms shows and takes dd-mm-jjjj in Dutch Tasklist.
 *
 * Why: form-js 1.8.7, the form library of Tasklist 7.24, takes the order of its date field
 * from the browser's own locale (new Intl.DateTimeFormat('default')), while Tasklist takes its
 * language from the browser's preferred languages (navigator.languages[0]). A browser with an
 * English (US) interface and Dutch as preferred language shows Dutch Tasklist and a date field
 * in mm/dd/yyyy, so a caseworker who types 03-04-2027 for 3 April gets 4 March.
 *
 * Tasklist creates the form with new Form({ container }) only, and the date field of form-js
 * has no option for its format or the calendar's language, so the form offers no hook. The
 * date picker underneath is flatpickr 4.6.13; flatpickr keeps its instance on the input
 * (input._flatpickr) and changes it at runtime with instance.set(), its documented API. This
 * script does that for every date field in a form, once per picker, when Tasklist speaks Dutch:
 * format d-m-Y (03-04-2027; 3-4-2027 is taken too), a Dutch calendar with Monday first, and the
 * placeholder dd-mm-jjjj. The value the form hands to the engine does not change: form-js keeps
 * a date as yyyy-MM-dd, the ISO form of the contract. In another language form-js is left alone.
 *
 * Loaded through customScripts in scripts/config.js, like kantel-formulieren-opruimen.js.
 */
const DUTCH = {
  dateFormat: 'd-m-Y',
  ariaDateFormat: 'j F Y',
  locale: {
    firstDayOfWeek: 1,
    weekdays: {
      shorthand: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
      longhand: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']
    },
    months: {
      shorthand: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
      longhand: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
        'oktober', 'november', 'december']
    },
    weekAbbreviation: 'wk',
    scrollTitle: 'Scroll om te verhogen of te verlagen',
    toggleTitle: 'Klik om te wisselen',
    yearAriaLabel: 'Jaar',
    monthAriaLabel: 'Maand',
    hourAriaLabel: 'Uur',
    minuteAriaLabel: 'Minuut',
    time_24hr: true
  }
};

const PLACEHOLDER = 'dd-mm-jjjj';

const adapted = new WeakSet();

function adaptDateFields() {
  for (const input of document.querySelectorAll('.fjs-container .fjs-datepicker input.fjs-input')) {
    const picker = input._flatpickr;
    if (picker && !adapted.has(picker)) {
      adapted.add(picker);
      // set() also writes a date already chosen into the input again, in the new format.
      picker.set(DUTCH);
      input.setAttribute('placeholder', PLACEHOLDER);
    }
  }
}

window.angular.module('cam.tasklist.custom').run([
  '$translate',
  function($translate) {
    // The language Tasklist chose (config.js, locales); proposedLanguage() while its file loads.
    const speaksDutch = () => ($translate.use() || $translate.proposedLanguage()) === 'nl';
    // flatpickr wraps the input when it starts, so a new picker always comes with a mutation.
    new MutationObserver(() => {
      if (speaksDutch()) {
        adaptDateFields();
      }
    }).observe(document.body, { childList: true, subtree: true });
  }
]);
