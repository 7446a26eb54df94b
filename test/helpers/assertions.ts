/** Every test must assert something: a test that only runs code without an expect() fails. */
beforeEach(() => {
  expect.hasAssertions();
});
