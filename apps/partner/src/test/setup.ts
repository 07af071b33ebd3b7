// The shared component-test set-up (Testing Library matchers, clean-up, empty sessionStorage after each test).
import '@lantern/client/testing/setup';
