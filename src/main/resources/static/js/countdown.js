// Live SLA countdowns: every <time class="countdown" data-due="ISO instant"> shows the time left (h:mm:ss, days when
// more than one), or the data-overdue text and how long ago once the deadline passed. No dependencies.
(function () {
  'use strict';
  function two(n) { return (n < 10 ? '0' : '') + n; }
  function format(ms) {
    var s = Math.floor(Math.abs(ms) / 1000);
    var d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600), m = Math.floor(s % 3600 / 60);
    return (d > 0 ? d + 'd ' : '') + h + ':' + two(m) + ':' + two(s % 60);
  }
  function tick() {
    var now = Date.now();
    document.querySelectorAll('time.countdown[data-due]').forEach(function (el) {
      var left = Date.parse(el.getAttribute('data-due')) - now;
      if (isNaN(left)) { return; }
      el.textContent = left >= 0 ? format(left) : (el.getAttribute('data-overdue') || 'overdue') + ' ' + format(left);
      el.classList.toggle('overdue', left < 0);
    });
  }
  tick();
  setInterval(tick, 1000);
}());
