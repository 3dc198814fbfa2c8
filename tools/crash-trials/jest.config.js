module.exports = require('../../jest.preset.js')(__dirname, 'crash-trials');
