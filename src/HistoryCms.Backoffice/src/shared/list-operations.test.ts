import { canMove, focusAfterRemove, insertItem, moveItem, readLengthLimit, removeItem, replaceItem } from './list-operations.js';
import { expect } from '@open-wc/testing';

const abcd: ReadonlyArray<string> = Object.freeze(['a', 'b', 'c', 'd']);

describe('list operations', () => {
  describe('canMove', () => {
    const cases: Array<[string, number, number, number, boolean]> = [
      ['one place down', 4, 0, 1, true],
      ['one place up', 4, 2, 1, true],
      ['from the first to the last', 4, 0, 3, true],
      ['the first item up (past the top edge)', 4, 0, -1, false],
      ['the last item down (past the bottom edge)', 4, 3, 4, false],
      ['onto itself', 4, 2, 2, false],
      ['an item that is not there', 4, 4, 2, false],
      ['an item at a negative index', 4, -1, 0, false],
      ['anything in an empty list', 0, 0, 0, false],
      ['the only item', 1, 0, 1, false],
    ];
    for (const [name, length, from, to, expected] of cases) {
      it(`${expected ? 'allows' : 'refuses'} moving ${name}`, () => expect(canMove(length, from, to)).to.equal(expected));
    }
  });

  describe('moveItem', () => {
    it('moves an item down within bounds', () => expect(moveItem(abcd, 0, 2)).to.deep.equal(['b', 'c', 'a', 'd']));
    it('moves an item up within bounds', () => expect(moveItem(abcd, 3, 1)).to.deep.equal(['a', 'd', 'b', 'c']));
    it('clamps a target past either edge to the edge', () => {
      expect(moveItem(abcd, 1, 99)).to.deep.equal(['a', 'c', 'd', 'b']);
      expect(moveItem(abcd, 2, -5)).to.deep.equal(['c', 'a', 'b', 'd']);
    });
    it('changes nothing when the first item moves up or the last moves down', () => {
      expect(moveItem(abcd, 0, -1)).to.deep.equal(abcd);
      expect(moveItem(abcd, 3, 4)).to.deep.equal(abcd);
    });
    it('changes nothing for an item that is not there, and never touches the given list', () => {
      const moved = moveItem(abcd, 7, 0);
      expect(moved).to.deep.equal(abcd);
      expect(moved).to.not.equal(abcd);
    });
  });

  describe('removeItem, insertItem, replaceItem', () => {
    it('removes the item at an index and keeps the others in order', () => expect(removeItem(abcd, 1)).to.deep.equal(['a', 'c', 'd']));
    it('removes nothing for an index outside the list', () => {
      expect(removeItem(abcd, 4)).to.deep.equal(abcd);
      expect(removeItem(abcd, -1)).to.deep.equal(abcd);
    });
    it('puts a removed item back where it was', () => expect(insertItem(removeItem(abcd, 2), 2, 'c')).to.deep.equal(abcd));
    it('inserts past the end as the last item and below zero as the first', () => {
      expect(insertItem(abcd, 10, 'z')).to.deep.equal(['a', 'b', 'c', 'd', 'z']);
      expect(insertItem(abcd, -3, 'z')).to.deep.equal(['z', 'a', 'b', 'c', 'd']);
    });
    it('replaces only the item at the index', () => {
      expect(replaceItem(abcd, 2, (item) => item.toUpperCase())).to.deep.equal(['a', 'b', 'C', 'd']);
      expect(replaceItem(abcd, 9, (item) => item.toUpperCase())).to.deep.equal(abcd);
    });
  });

  describe('focusAfterRemove', () => {
    it('focuses the item that took the removed one’s place', () => expect(focusAfterRemove(3, 1)).to.equal(1));
    it('focuses the new first item when the first was removed', () => expect(focusAfterRemove(3, 0)).to.equal(0));
    it('focuses the new last item when the last was removed', () => expect(focusAfterRemove(3, 3)).to.equal(2));
    it('focuses nothing when the list is now empty', () => expect(focusAfterRemove(0, 0)).to.equal(undefined));
  });

  describe('readLengthLimit', () => {
    const cases: Array<[unknown, number]> = [
      [3, 3],
      ['5', 5],
      [undefined, 0],
      [null, 0],
      ['', 0],
      ['many', 0],
      [-2, 0],
    ];
    for (const [raw, expected] of cases) {
      it(`reads ${JSON.stringify(raw) ?? 'undefined'} as ${expected}`, () => expect(readLengthLimit(raw)).to.equal(expected));
    }
  });
});
