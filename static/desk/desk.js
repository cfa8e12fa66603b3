// Iqtibas desk behaviour. No inline scripts and no eval: the Content-Security-Policy forbids both.
(function () {
  "use strict";
})();
