/**
 * A netprune classifier plugin: the coffee test's first rules, and recruiters as strangers unless you
 * talked both ways. Run it with `netprune audit export.zip --classifier ./recruiters.mjs`.
 *
 * It reads the signals as netprune's rule sets compute them (signalsOf), so `twoWay` means here what it
 * means in a rule file: both of you wrote in the same 1:1 conversation.
 */
import { PLUGIN_API_VERSION, signalsOf } from 'netprune';

const RECRUITER = /\b(recruiter|recruteur|recruteuse|talent acquisition|headhunter)\b/i;

/** @type {import('netprune').Classifier} */
export default {
  apiVersion: PLUGIN_API_VERSION,
  id: 'recruiters',
  description: 'Known if you talked both ways or recommended each other; recruiters are strangers; weak tie if they endorsed you.',
  classify(contact, evidence, context) {
    const signals = signalsOf(contact, evidence, context);
    if (signals.twoWay) return verdict('known', 'two-way', `${signals.messages} messages both ways`);
    if (signals.recommendations > 0) return verdict('known', 'recommended', 'A recommendation between you');
    if (RECRUITER.test(contact.position)) return verdict('stranger', 'recruiter', `A recruiter (${contact.position})`);
    if (signals.endorsementsReceived > 0) return verdict('weak-tie', 'endorsed-you', `Endorsed you ${signals.endorsementsReceived} time(s)`);
    return verdict('stranger', 'no-trace', 'No conversation, recommendation or endorsement');
  },
};

const verdict = (label, rule, detail) => ({ label, reasons: [{ rule, detail }] });
