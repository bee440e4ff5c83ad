// The add-ons this Volto project loads (an existing project adds 'volto-scrqm' the same way).
const addons = ['volto-scrqm'];
const theme = '';

module.exports = {
  addons,
  theme,
};
