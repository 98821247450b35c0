/*
 * Kantel: remove saved form drafts from the browser when the session ends.
 *
 * Why: Tasklist keeps drafts of task forms in localStorage, the whole form
 * as JSON: "camunda-form:<taskId>" for Camunda Forms and "camForm:<taskId>"
 * for embedded HTML forms. They are written when a user clicks Save and
 * again when the session expires while a form is open. Only completing the
 * task removes them; logging out does not. On a shared desk the next user
 * of the browser could read them, and they hold BSNs and often special
 * categories of personal data (AVG art. 9). So we remove them whenever
 * nobody is logged in anymore.
 *
 * Loaded through customScripts in scripts/config.js: Tasklist 7.24 loads
 * each entry with import() after it has created its AngularJS modules and
 * before it bootstraps them. This file exports nothing on purpose: a default
 * export would be registered as a plugin.
 *
 * Hooks (events broadcast on $rootScope by the shipped Tasklist code):
 *  - authentication.logout.success / .failure: the user clicked "Uitloggen".
 *  - authentication.changed with null: logout, or a 401 (session expired).
 *  - authentication.login.required: a 401 or a page that needs a login.
 *  - $routeChangeSuccess to /login with nobody logged in: the login page,
 *    also when the browser is reopened after the session has expired.
 * On a 401 the open form saves its draft in its own handler of
 * authentication.login.required, which runs after ours, so we also remove
 * the drafts once more after the current digest ($timeout).
 */
const DRAFT_PREFIXES = ['camunda-form:', 'camForm:'];

function removeFormDrafts() {
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const key = localStorage.key(i);
      if (key && DRAFT_PREFIXES.some(prefix => key.startsWith(prefix))) {
        localStorage.removeItem(key);
      }
    }
  } catch (e) {
    // localStorage can be unavailable (privacy settings); nothing to remove.
  }
}

window.angular.module('cam.tasklist.custom').run([
  '$rootScope',
  '$location',
  '$timeout',
  function($rootScope, $location, $timeout) {
    function removeNowAndAfterDigest() {
      removeFormDrafts();
      $timeout(removeFormDrafts, 0, false);
    }

    $rootScope.$on('authentication.logout.success', removeNowAndAfterDigest);
    $rootScope.$on('authentication.logout.failure', removeNowAndAfterDigest);
    $rootScope.$on('authentication.login.required', removeNowAndAfterDigest);
    $rootScope.$on('authentication.changed', function(event, authentication) {
      if (!authentication) {
        removeNowAndAfterDigest();
      }
    });
    $rootScope.$on('$routeChangeSuccess', function() {
      if ($location.path() === '/login' && !$rootScope.authentication) {
        removeNowAndAfterDigest();
      }
    });
  }
]);
