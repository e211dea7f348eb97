// Injected into every benchmark page before any of the app's scripts run (playwright's
// addInitScript, which the page's Content Security Policy does not apply to). Plain
// browser JavaScript, no imports: it is read as text by bench/run.mjs.
//
// window.__bench collects:
//   drawn        how many times a chart was drawn (the app fires `won-atlas:drawn` on
//                window after every draw: of the scene's canvas, of the focus ring's
//                overlay canvas above it, or both);
//   wasm         the wasm instance's exports, from Trunk's `TrunkApplicationStarted` event
//                (its `memory` is the WebAssembly.Memory the app allocates in);
//   started      performance.now() at that event: the wasm is compiled, instantiated and
//                its start function (yew's first render) has returned;
//   firstInput   with `?probe` semantics (window.__benchProbe set by a second init script):
//                performance.now() when the first keydown the app handled changed the live
//                region, i.e. ms from navigation start to the first input handled.
// and offers settle(), timed(action) and the helpers bench/run.mjs calls. timed() returns
//   ms      the whole update: the app's render, effects and canvas draw, then style/layout;
//   before  of which the part before the canvas draw (view render, scene layout, DOM patch);
//   draw    of which the canvas draw (plotters' calls on the 2D context): the scene's canvas
//           when the scene changed, and the focus overlay (a hover draws only that);
//   layout  of which the browser's style and layout of the changed DOM (forced at the end);
//   raster  after it, rasterising what is still pending (forced by reading one pixel back
//           from every chart canvas, the scene's and the overlay).
//           Chromium usually rasterises the canvas already when the app's task ends
//           (FinalizeFrame), so that cost lands in `ms` between the draw and `layout`.
// One block, so its names stay out of the page's global scope.
{
  const bench = {
    drawn: 0,
    wasm: null,
    firstInput: null,
    firstDispatch: null,
    dispatches: 0,
  };
  window.__bench = bench;
  addEventListener('won-atlas:drawn', () => {
    bench.drawn += 1;
    if (bench.armed) bench.drawEnd = performance.now();
  });
  // The start of a canvas draw: src/render/canvas.rs reads `canvas.width` first (of the
  // scene's canvas, or of the overlay when only the focus moved), and nothing else the app
  // runs does. Recorded only inside timed(), so the draw itself (plotters' calls on the 2D
  // context) can be told from the render around it.
  const widthDesc = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, 'width');
  Object.defineProperty(HTMLCanvasElement.prototype, 'width', {
    ...widthDesc,
    get() {
      if (bench.armed && bench.drawStart === null) bench.drawStart = performance.now();
      return widthDesc.get.call(this);
    },
  });
  // The first chart and the first input handled are told to the harness as console
  // messages (`won-atlas:bench <what> <ms>`), so it waits for them without evaluating
  // anything in the page while it loads: playwright's waitForFunction injects its utility
  // script when first called, main-thread work that would otherwise often fall inside the
  // load it measures (bench/lib.mjs, `signal`).
  const tell = (what, ms) => console.debug(`won-atlas:bench ${what} ${ms}`);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'won-atlas:first-chart') tell('first-chart', e.startTime);
  }).observe({ type: 'mark' });
  addEventListener('TrunkApplicationStarted', (e) => {
    bench.wasm = e.detail && e.detail.wasm;
    bench.started = performance.now();
  });

  /** Resolves in a new task, after every microtask queued so far (yew renders and runs its
   * effects in microtasks, so the app has finished reacting by then). */
  bench.settle = () =>
    new Promise((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve();
      ch.port2.postMessage(0);
    });

  /** Time `action()` until the app has finished reacting to it: its render, effects and
   * canvas draw (settle), then the style and layout those changes need (forced here; the
   * browser would otherwise do it before the next paint). Raster and compositing happen
   * off the main thread and are not included. */
  bench.timed = async (action) => {
    const d0 = bench.drawn;
    bench.drawStart = null;
    bench.drawEnd = null;
    bench.armed = true;
    const t0 = performance.now();
    action();
    await bench.settle();
    const settled = performance.now();
    document.documentElement.getBoundingClientRect();
    void document.body.offsetHeight;
    const t1 = performance.now();
    bench.armed = false;
    const layout = t1 - settled;
    const draw = bench.drawStart !== null && bench.drawEnd !== null ? bench.drawEnd - bench.drawStart : null;
    const before = bench.drawStart !== null ? bench.drawStart - t0 : null;
    // Reading one pixel back makes Chromium rasterise anything still pending now, on the
    // scene's canvas and on the focus overlay alike.
    let raster = null;
    if (bench.drawn > d0) {
      for (const c of bench.canvases()) c.getContext('2d').getImageData(0, 0, 1, 1);
      raster = performance.now() - t1;
    }
    return { ms: t1 - t0, drew: bench.drawn - d0, draw, before, layout, raster };
  };

  bench.canvas = () => document.querySelector('canvas.chart');
  /** Every drawn canvas of the chart on show: the scene's and, while something is focused,
   * the focus ring's overlay (hidden and not drawn otherwise). */
  bench.canvases = () => {
    const c = bench.canvas();
    const wrap = c && c.parentElement;
    return wrap ? [...wrap.querySelectorAll('canvas')].filter((x) => x.width > 0 && x.height > 0 && x.getClientRects().length > 0) : [];
  };
  bench.live = () => document.querySelector('[data-testid=live]');

  bench.mouse = (canvas, x, y, type = 'mousemove') => {
    const r = canvas.getBoundingClientRect();
    canvas.dispatchEvent(
      new MouseEvent(type, {
        bubbles: true,
        cancelable: true,
        composed: true,
        view: window,
        clientX: r.left + x,
        clientY: r.top + y,
      }),
    );
  };

  bench.key = (el, key) => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true }));
  };

  /** A small seeded generator, so every run does the same interactions. */
  bench.rng = (seed) => () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  // --- first input handled, from navigation ------------------------------------------
  // As soon as a chart canvas exists, send it ArrowRight; until the live region says
  // something, send it again every frame. The first change of the live region's text is
  // the first input the app handled.
  if (window.__benchProbe) {
    let dispatching = false;
    const check = () => {
      if (bench.firstInput !== null) return true;
      const live = bench.live();
      if (live && live.textContent.trim() !== '') {
        bench.firstInput = performance.now();
        tell('first-input', bench.firstInput);
        observer.disconnect();
        return true;
      }
      return false;
    };
    const send = () => {
      if (check()) return;
      const c = bench.canvas();
      if (c) {
        if (bench.firstDispatch === null) bench.firstDispatch = performance.now();
        bench.dispatches += 1;
        bench.key(c, 'ArrowRight');
      }
      requestAnimationFrame(send);
    };
    const observer = new MutationObserver(() => {
      if (check()) return;
      if (!dispatching && bench.canvas()) {
        dispatching = true;
        send();
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  }
}
