// An LTI launch's id_token goes to the tool at once; without scripts the person presses the button.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector('form[data-lti-autopost]');
  if (form) {
    form.submit();
  }
});
