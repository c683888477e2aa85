import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Wiring is added in lib/ and connected here.
});
