import { Field, InputType } from 'type-graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType()
export class SignInInput {
  @Field() @IsString() @MaxLength(254, { message: 'Enter a correct e-mail address and password.' }) email: string;
  @Field() @IsString() @MaxLength(200, { message: 'Enter a correct e-mail address and password.' }) password: string;
}
