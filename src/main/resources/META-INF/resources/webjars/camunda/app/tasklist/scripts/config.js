// PracticeFlow's Tasklist: its name in the header, the practice's date format, the way back to the console and
// to PracticeFlow's login page (practiceflow.js). Overrides the file Camunda's webapp jar ships at this path.
export default {
  app: { name: 'Tasklist', vendor: 'PracticeFlow' },
  disableWelcomeMessage: true,
  // two names that practice-time.js writes the practice's way (US or UK)
  dateFormat: { normal: 'L LT', long: 'dddd, LL LT' },
  customScripts: ['scripts/practiceflow', 'scripts/practice-time'],
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claims the currently selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list' },
    focusList: { key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form' },
    startProcess: { key: 'ctrl+alt+p', description: 'opens the start process modal dialog' }
  }
};
