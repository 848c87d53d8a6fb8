// Placeholder: the task pane (React + Fluent UI v9) and its webpack build come with the
// add-in issue. Until then the product is the engine and the command line (see README.md);
// `npm start` runs the command line on the sample workbook.
module.exports = {};
