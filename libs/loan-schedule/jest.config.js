module.exports = require('../../jest.preset.js')(__dirname, 'loan-schedule');
