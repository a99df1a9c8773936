// A planted suite that cannot run: the module it needs does not exist.
const missing = require('./does-not-exist')

test('never runs', () => {
  expect(missing).toBeDefined()
})
