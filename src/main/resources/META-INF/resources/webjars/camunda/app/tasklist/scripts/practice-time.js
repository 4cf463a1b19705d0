// Tasklist in the practice's time zone and date format. Tasklist formats every date with moment.js in the browser's own zone and
// has no setting for another; this teaches its moment the practice's zone (from practice-zone.js) the way
// moment-timezone's default zone does: each moment takes the zone's offset at its instant, and a wall time given
// without an offset (a date picked in a form) is read as the practice's wall time.
const { zone, jurisdiction } = await import('./practice-zone.js');

const fields = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric',
  month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
// minutes the zone is ahead of UTC at an instant
const offsetAt = (ms) => {
  const p = {};
  fields.formatToParts(new Date(ms)).forEach((part) => { p[part.type] = part.value; });
  const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute, +p.second);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60000);
};

const teach = (moment) => {
  if (moment.practiceZone) return;
  moment.practiceZone = zone;
  // config.js names its two formats 'L LT' and 'dddd, LL LT'; they are written the practice's way whatever the
  // browser's language: 12/03/2026 5:00 PM in the US, 03/12/2026 17:00 in the UK
  const uk = jurisdiction === 'UK';
  const formats = { 'L LT': uk ? 'DD/MM/YYYY HH:mm' : 'MM/DD/YYYY h:mm A',
    'dddd, LL LT': uk ? 'dddd, D MMMM YYYY HH:mm' : 'dddd, MMMM D, YYYY h:mm A' };
  const format = moment.fn.format;
  moment.fn.format = function (pattern, ...rest) {
    return format.call(this, formats[pattern] || pattern, ...rest);
  };
  // a clone keeps its zone, and its parsed wall time (as moment-timezone keeps them)
  moment.momentProperties.push('_pfZone', '_a');
  // an explicit utc(), local() or offset leaves the zone, as in moment-timezone
  const leaving = (original, always) => function (...args) {
    if (always || args.length > 0) this._pfZone = null;
    return original.apply(this, args);
  };
  moment.fn.utc = leaving(moment.fn.utc, true);
  moment.fn.local = leaving(moment.fn.local, true);
  moment.fn.utcOffset = leaving(moment.fn.utcOffset, false);
  const setOffset = moment.fn.utcOffset;
  moment.updateOffset = (m, keepTime) => {
    if (m._pfZone === undefined) {
      if (m._a && m._tzm === undefined && !m._isUTC && m.isValid()) {
        const wall = Date.UTC(m._a[0], m._a[1], m._a[2], m._a[3], m._a[4], m._a[5], m._a[6]);
        const instant = wall - offsetAt(wall - offsetAt(wall) * 60000) * 60000;
        m._d = new Date(instant);
      }
      m._pfZone = zone;
    }
    if (m._pfZone) {
      setOffset.call(m, offsetAt(m.valueOf()), keepTime);
      m._pfZone = zone;
    }
  };
};

// moment lives inside Tasklist's Angular app (angular-moment's "moment"): reach it once the app has started
const reach = (tries) => {
  const injector = window.angular && window.angular.element(document.body).injector();
  if (injector && injector.has('moment')) {
    teach(injector.get('moment'));
    document.documentElement.dataset.practiceZone = zone;
  } else if (tries > 0) {
    setTimeout(() => reach(tries - 1), 50);
  }
};
reach(400);

export default [];
