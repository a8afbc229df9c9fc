// moment-timezone with the one zone the holiday calendar asks for (Europe/Stockholm, a link
// to Europe/Berlin in the tz database), instead of the 700 kB table or none at all: with
// none, date-holidays printed "Moment Timezone has no data for Europe/Stockholm" into every
// user's console. webpack.config.js aliases "moment-timezone" here and defines the zone
// pack (MOMENT_TZ_PACK) from moment-timezone's own packed data at build time.
/* global MOMENT_TZ_PACK */
const moment = require("moment-timezone/builds/moment-timezone.min.js");
moment.tz.load(MOMENT_TZ_PACK);
module.exports = moment;
