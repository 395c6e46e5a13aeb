// An autoplaying <deep-playground> trains only while some of it is on screen:
// it starts when it first comes into view, pauses when it leaves (a figure
// nobody watches should not keep a core busy) and plays again when it comes
// back, unless it was paused by hand or by a script in between. A Lit reactive
// controller; `page()` gives the <dp-playground-page> to drive, or null.
export class PlayWhileVisible {
  #host;
  #page;
  #observer = null;
  #onScreen = false;
  #started = false; // whether autoplay has started training once
  #pausedOffScreen = false; // whether the last pause was ours, for leaving the screen

  constructor(host, page) {
    this.#host = host;
    this.#page = page;
    host.addController(this);
  }

  hostConnected() {
    this.#observer = new IntersectionObserver((entries) => this.#seen(entries.at(-1).isIntersecting));
    this.#observer.observe(this.#host);
  }

  hostDisconnected() {
    this.#observer.disconnect();
    this.#onScreen = false;
  }

  hostUpdated() {
    this.#follow();
  }

  /** Someone paused it (the Pause button, a script): it stays paused when it comes back into view. */
  pausedByHand() {
    this.#pausedOffScreen = false;
  }

  #seen(onScreen) {
    this.#onScreen = onScreen;
    this.#follow();
  }

  #follow() {
    const page = this.#page();
    if (!this.#host.autoplay || !page) return;
    if (this.#onScreen && (!this.#started || this.#pausedOffScreen)) {
      this.#started = true;
      this.#pausedOffScreen = false;
      page.play();
    } else if (!this.#onScreen && page.playing) {
      this.#pausedOffScreen = true;
      page.pause();
    }
  }
}
