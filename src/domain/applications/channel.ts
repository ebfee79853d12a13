/**
 * How an application came in (条例 Art. 28, 31). The channel decides which fact makes the
 * receipt date (收到申请之日): see `receivedOnOf` in ../deadlines/.
 */
export const channels = ['online', 'inPerson', 'post', 'fax'] as const;
export type Channel = (typeof channels)[number];

export const channelLabels: Readonly<Record<Channel, string>> = {
  online: '网上申请',
  inPerson: '当面提交',
  post: '信函邮寄',
  fax: '传真',
};

/** How the applicant wants to receive the information (Art. 29(3), Art. 40). */
export const deliveryForms = ['paper', 'electronic'] as const;
export type DeliveryForm = (typeof deliveryForms)[number];
export const deliveryMethods = ['post', 'email', 'pickUp', 'online'] as const;
export type DeliveryMethod = (typeof deliveryMethods)[number];
export const deliveryFormLabels: Readonly<Record<DeliveryForm, string>> = { paper: '纸质文本', electronic: '电子文本' };
export const deliveryMethodLabels: Readonly<Record<DeliveryMethod, string>> = {
  post: '邮寄',
  email: '电子邮件',
  pickUp: '当面领取',
  online: '网上下载',
};
