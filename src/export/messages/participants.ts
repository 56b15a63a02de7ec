import { ParticipantKeys } from './participant-keys.js';
import { trimBytes } from './bytes.js';
import type { Participant } from './types.js';

/**
 * A row's FROM, SENDER PROFILE URL, TO and RECIPIENT PROFILE URLS, and who they name. All are byte
 * strings (bytes.ts), the participants' names too; their keys are text.
 */
export interface Named {
  from: string;
  senderUrl: string;
  to: string;
  recipientUrls: string;
  sender: Participant;
  recipients: Participant[];
}

/** Enough for a group chat where everyone writes; past it, rows are simply resolved afresh. */
const REMEMBERED = 8;

/** Works out who each row names. */
export class RowParticipants {
  private readonly keys = new ParticipantKeys();
  /** The conversation of the rows in `seen`: an index of the aggregator, or -1. */
  private conversation = -1;
  /** What the rows of `conversation` named so far: a 1:1 conversation only has two kinds of row. */
  private readonly seen: Named[] = [];

  /**
   * `conversation` is the row's (the aggregator's index), or -1 when unknown. A conversation's rows come together in the files
   * seen so far, and a row like an earlier one of its conversation is resolved by comparing four strings:
   * no hashing of URLs, no new objects. That took a sixth off reading the benchmark's messages.csv.
   * Only the current conversation is remembered, so it costs no memory; rows in random order would
   * only miss.
   */
  resolve(conversation: number, from: string, senderUrl: string, to: string, recipientUrls: string): Named {
    if (conversation !== this.conversation) {
      this.conversation = conversation;
      this.seen.length = 0;
    }
    for (const named of this.seen) {
      if (named.senderUrl === senderUrl && named.recipientUrls === recipientUrls && named.from === from && named.to === to) return named;
    }
    const named = this.name(from, senderUrl, to, recipientUrls);
    if (conversation >= 0 && this.seen.length < REMEMBERED) this.seen.push(named);
    return named;
  }

  private name(from: string, senderUrl: string, to: string, recipientUrls: string): Named {
    const sender = { key: this.keys.key(from, senderUrl), name: from };
    return { from, senderUrl, to, recipientUrls, sender, recipients: this.recipientsOf(to, recipientUrls) };
  }

  /**
   * RECIPIENT PROFILE URLS is the reliable list (comma-joined, sometimes `;`). TO joins display
   * names with a bare comma, and names contain commas (`Kim Park, PhD`), so TO is used whole,
   * and only when there is no URL list.
   */
  private recipientsOf(to: string, urls: string): Participant[] {
    const person = (name: string, url: string): Participant => ({ key: this.keys.key(name, url), name });
    if (urls !== '') {
      const names = to.split(',');
      const list = urls
        .split(/[,;]/)
        .map(trimBytes)
        .filter((u) => u !== '');
      return list.map((u, i) => person(list.length === names.length ? trimBytes(names[i] ?? '') : '', u)).filter((p) => p.key !== 'name:');
    }
    return to === '' ? [] : [person(to, '')];
  }
}
