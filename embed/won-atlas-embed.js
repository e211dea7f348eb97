/*! Won Atlas embed sizer. Include once on a page that embeds Won Atlas iframes:
 *    <script src=".../won-atlas-embed.js" defer></script>
 * Each embedded view posts {type: "won-atlas:height", height} to its parent whenever its
 * size changes; this sets the height of the iframe that sent it, so there is never an
 * inner scrollbar. No dependencies, no network, no globals beyond one guard flag. */
(function () {
  'use strict';
  if (window.__wonAtlasEmbedSizer) return;
  window.__wonAtlasEmbedSizer = true;
  // Frames that loaded before this script have already sent their heights: ask again.
  function ping() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      try {
        frames[i].contentWindow.postMessage({ type: 'won-atlas:ping' }, '*');
      } catch (e) {
        /* a frame that is gone or not ready: it will report when it loads */
      }
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ping);
  } else {
    ping();
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'won-atlas:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var height = Math.min(Math.max(Math.ceil(data.height), 80), 20000);
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      // Only the frame that sent the message is resized.
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = height + 'px';
      }
    }
  });
})();
