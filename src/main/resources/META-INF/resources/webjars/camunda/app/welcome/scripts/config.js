// PracticeFlow's Welcome: its name in the header, and PracticeFlow's login page instead of Camunda's
// (../tasklist/scripts/practiceflow.js). Overrides the file Camunda's webapp jar ships at this path.
export default {
  app: { name: 'Welcome', vendor: 'PracticeFlow' },
  customScripts: ['../tasklist/scripts/practiceflow']
};
